# zsh -f zsh-complete.zsh COMPLETION_DIR LINE EXPECTED...
# Types LINE (with its tabs) into a real interactive zsh whose compinit loaded the completion from COMPLETION_DIR,
# and prints what the terminal showed, without escape sequences, once every EXPECTED text has appeared (exit 0) or
# after 20 seconds (exit 1).
setopt extendedglob
zmodload zsh/zpty || exit 2
local dir=$1 line=$2
shift 2
zpty shell zsh -f -i
zpty -w shell "PS1=''; fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D; restgate-cli() { }"
zpty -wn shell "$line"
local out= chunk= wanted
local -i deadline=$(( SECONDS + 20 )) found
while (( SECONDS < deadline )); do
  if zpty -rt shell chunk 2>/dev/null; then
    out+=$chunk
  else
    sleep 0.1
  fi
  found=1
  for wanted in "$@"; do
    [[ ${out//$'\e'\[[0-9;?]#[a-zA-Z]/} == *$wanted* ]] || found=0
  done
  (( found )) && break
done
zpty -d shell
print -r -- "${out//$'\e'\[[0-9;?]#[a-zA-Z]/}"
(( found ))
