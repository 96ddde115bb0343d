#!/bin/sh
# Installs this dearrep release under a prefix (default ~/.local): the release in PREFIX/lib/dearrep,
# the command as PREFIX/bin/dearrep, man pages in PREFIX/share/man/man1 and completion scripts where
# bash-completion, zsh and fish look under PREFIX/share. --uninstall removes exactly what it wrote.
# usage: install.sh [--prefix DIR] [--uninstall]
set -eu

usage() { echo "usage: $0 [--prefix DIR] [--uninstall]" >&2; exit 2; }

prefix=${HOME:?HOME is not set}/.local
action=install
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) [ $# -ge 2 ] || usage; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h | --help) sed -n '2,5s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; usage ;;
  esac
done
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac

dest=$prefix/lib/dearrep
manifest=$dest/installed-files

uninstall() {
  [ -f "$manifest" ] || return 0
  # The manifest lists files outside $dest, one a line, written by the install below.
  while IFS= read -r f; do
    rm -f "$f"
  done <"$manifest"
  rm -rf "$dest"
  cache=${XDG_CACHE_HOME:-$HOME/.cache}/dearrep/cds$dest
  rm -rf "$cache"
}

if [ "$action" = uninstall ]; then
  if [ ! -f "$manifest" ]; then
    echo "install.sh: no dearrep installed under $prefix" >&2
    exit 3
  fi
  uninstall
  echo "removed dearrep from $prefix"
  exit 0
fi

case $0 in */*) here=${0%/*} ;; *) here=. ;; esac
src=$(CDPATH= cd -- "$here" && pwd -P)
[ -f "$src/lib/dearrep.jar" ] || { echo "install.sh: run it from an unpacked release" >&2; exit 1; }
if [ "$src" = "$dest" ]; then
  echo "install.sh: this release is already installed in $prefix" >&2
  exit 1
fi

uninstall # an earlier release, if any
mkdir -p "$dest" "$prefix/bin" "$prefix/share/man/man1" \
  "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d"
cp -R "$src/." "$dest/"
: >"$manifest.tmp"
put() { # put FROM TO: copy (or link) one file outside $dest and remember it
  rm -f "$2"
  if [ "${3:-}" = link ]; then ln -s "$1" "$2"; else cp "$1" "$2"; fi
  echo "$2" >>"$manifest.tmp"
}
put "$dest/bin/dearrep" "$prefix/bin/dearrep" link
for page in "$dest"/man/man1/*.1; do
  put "$page" "$prefix/share/man/man1/${page##*/}"
done
put "$dest/completions/dearrep.bash" "$prefix/share/bash-completion/completions/dearrep"
put "$dest/completions/_dearrep" "$prefix/share/zsh/site-functions/_dearrep"
put "$dest/completions/dearrep.fish" "$prefix/share/fish/vendor_completions.d/dearrep.fish"
mv "$manifest.tmp" "$manifest"

echo "installed dearrep $(cat "$dest/VERSION") in $prefix"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH; add it, e.g. in ~/.profile: PATH=\"$prefix/bin:\$PATH\"" ;;
esac
echo "uninstall with: $dest/install.sh --uninstall --prefix $prefix"
