# cmake -DPROGRAM=/path/to/restgate-cli -DSHELL_NAME=bash|zsh -DOUTPUT=file -P writecompletion.cmake
# The completion script as the program prints it, in English whatever the build machine's locale.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
# RESTGATE_LANG comes before the locale.
set(ENV{RESTGATE_LANG} en)
execute_process(COMMAND ${PROGRAM} completion ${SHELL_NAME} OUTPUT_FILE ${OUTPUT} COMMAND_ERROR_IS_FATAL ANY)
