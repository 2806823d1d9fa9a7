# runtime: fork=ok spawn=error forkserver=error
# error-contains: make_inputs_require_grad
# summary: a helper called with the model registers a local forward hook on model.embed; the Dataset keeps the model and DataLoader(num_workers=1) sends it to a worker
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset


class TinyLM(nn.Module):
    def __init__(self, vocab_size=16, width=4):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, width)
        self.head = nn.Linear(width, vocab_size)

    def forward(self, ids):
        return self.head(self.embed(ids))


def enable_input_require_grads(model):
    def make_inputs_require_grad(module, inputs, output):
        output.requires_grad_(True)

    model._require_grads_hook = model.embed.register_forward_hook(make_inputs_require_grad)


class PromptDataset(Dataset):
    def __init__(self, model, prompts):
        self.model = model
        self.prompts = prompts

    def __len__(self):
        return len(self.prompts)

    def __getitem__(self, index):
        vocab = self.model.embed.num_embeddings
        return torch.tensor([ord(ch) % vocab for ch in self.prompts[index]])


if __name__ == "__main__":
    model = TinyLM()
    enable_input_require_grads(model)
    loader = DataLoader(PromptDataset(model, ["abc", "xyz"]), batch_size=1, num_workers=1)  # [PKL002]
    print([batch.tolist() for batch in loader])
