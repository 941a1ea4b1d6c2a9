# cmake -DHELP2MAN=... -DGZIP=... -DPROGRAM=/path/to/binary -DVERSION=x.y.z -DNAME="one-line description"
#       -DOUTPUT=x.1 -P manpage.cmake
# Writes OUTPUT.gz, a section-1 man page made by help2man from the program's --help. For restgate-cli
# every command's own --help is added, so the page documents all the options.
get_filename_component(directory "${PROGRAM}" DIRECTORY)
get_filename_component(program "${PROGRAM}" NAME)

# Called by name from PATH, so the usage lines say "restgate", not the build directory's path. The English help,
# whatever the build machine's locale; the GUI needs a platform plugin even to print its help.
set(ENV{PATH} "${directory}:$ENV{PATH}")
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)

function(roff_escape text result)
    string(REPLACE "\\" "\\e" text "${text}")
    # A line starting with . or ' would be read as a request, one starting with [ as an include section.
    string(REGEX REPLACE "(^|\n)([.'[])" "\\1\\\\&\\2" text "${text}")
    set(${result} "${text}" PARENT_SCOPE)
endfunction()

set(include_option)
if(program STREQUAL "restgate-cli")
    execute_process(COMMAND ${program} --help OUTPUT_VARIABLE usage COMMAND_ERROR_IS_FATAL ANY)
    # The command table of the usage text: "  run           Dry-run the tasks ...".
    string(REGEX MATCHALL "\n  [a-z][a-z-]+  " rows "${usage}")
    set(sections "[COMMAND OPTIONS]\n")
    foreach(row IN LISTS rows)
        string(STRIP "${row}" command)
        execute_process(COMMAND ${program} ${command} --help
            OUTPUT_VARIABLE help RESULT_VARIABLE result ERROR_VARIABLE error)
        if(NOT result EQUAL 0 OR help STREQUAL "")
            message(FATAL_ERROR "${program} ${command} --help failed (${result}): ${error}")
        endif()
        roff_escape("${help}" help)
        string(APPEND sections ".SS \"${program} ${command}\"\n.nf\n${help}.fi\n")
    endforeach()
    file(WRITE "${OUTPUT}.include" "${sections}")
    set(include_option "--include=${OUTPUT}.include")
endif()

execute_process(
    COMMAND ${HELP2MAN} --no-info --section=1 "--name=${NAME}" ${include_option}
        # Not from --version: the GUI prints its display name there, and the page must be named after the command.
        "--version-string=${VERSION}"
        --output=${OUTPUT} ${program}
    RESULT_VARIABLE result ERROR_VARIABLE error)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man ${program} failed (${result}): ${error}")
endif()
execute_process(COMMAND ${GZIP} -9nf ${OUTPUT} COMMAND_ERROR_IS_FATAL ANY)
