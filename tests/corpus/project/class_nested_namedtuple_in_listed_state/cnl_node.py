from cnl_state import PaymentMappingState


def handle_init_initiator(secrethash, amount):
    mapping = PaymentMappingState()
    task = PaymentMappingState.InitiatorTask(b"\x01", b"\x02", {"amount": amount})
    mapping.secrethashes_to_task[secrethash] = task
    return mapping
