# Sourced by scripts/run and scripts/test: installs the Debian packages this project
# needs when they are missing (libncurses-dev for the terminal UI; tmux for the
# end-to-end test). Usage: ensure_packages pkg...
ensure_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "Missing packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})" >&2; return 1; }
        sudo="sudo"
    fi
    echo "Installing ${missing[*]} ..." >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}
