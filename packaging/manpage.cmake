# cmake -DHELP2MAN=... -DGZIP=... -DPROGRAM=/path/to/binary -DVERSION=x.y.z -DNAME="one-line description"
#       -DOUTPUT=x.1 -P manpage.cmake
# Writes OUTPUT.gz, a section-1 man page made by help2man from the program's --help. For restgate-cli
# every command's own --help is added, so the page documents all the options, and each command gets a page of its
# own beside it, restgate-cli-COMMAND.1.gz, found by the command table of restgate-cli --help.
get_filename_component(directory "${PROGRAM}" DIRECTORY)
get_filename_component(program "${PROGRAM}" NAME)

# Called by name from PATH, so the usage lines say "restgate", not the build directory's path. The English help,
# whatever the build machine's locale; the GUI needs a platform plugin even to print its help.
set(ENV{PATH} "${directory}:$ENV{PATH}")
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
# English outright: an empty RESTGATE_LANG would fall back to the language chosen in Preferences.
set(ENV{RESTGATE_LANG} en)
set(ENV{QT_QPA_PLATFORM} offscreen)

function(roff_escape text result)
    string(REPLACE "\\" "\\e" text "${text}")
    # A line starting with . or ' would be read as a request, one starting with [ as an include section.
    string(REGEX REPLACE "(^|\n)([.'[])" "\\1\\\\&\\2" text "${text}")
    set(${result} "${text}" PARENT_SCOPE)
endfunction()

# help2man on PROGRAM (a path), writing page (without .gz), then compressed without a time stamp. include_file may
# be empty: help2man refuses an include file with no section in it.
function(write_page program_path name include_file page)
    set(include_option)
    if(include_file)
        set(include_option "--include=${include_file}")
    endif()
    execute_process(
        COMMAND ${HELP2MAN} --no-info --section=1 "--name=${name}" ${include_option}
            # Not from --version: the GUI prints its display name there, and the page must be named after the command.
            "--version-string=${VERSION}"
            --output=${page} ${program_path}
        RESULT_VARIABLE result ERROR_VARIABLE error)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "help2man ${program_path} failed (${result}): ${error}")
    endif()
    execute_process(COMMAND ${GZIP} -9nf ${page} COMMAND_ERROR_IS_FATAL ANY)
endfunction()

set(sections "")
if(program STREQUAL "restgate-cli")
    execute_process(COMMAND ${program} --help OUTPUT_VARIABLE usage COMMAND_ERROR_IS_FATAL ANY)
    # The command table of the usage text: "  run           Dry-run the tasks ...".
    string(REGEX MATCHALL "\n  [a-z][a-z-]+  [^\n]*" rows "${usage}")
    if(NOT rows)
        message(FATAL_ERROR "${program} --help lists no commands:\n${usage}")
    endif()
    get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
    set(wrapper_dir "${OUTPUT}.commands")
    file(MAKE_DIRECTORY "${wrapper_dir}")
    set(sections "[COMMAND OPTIONS]\n")
    set(see_also "")
    foreach(row IN LISTS rows)
        string(REGEX MATCH "^\n  ([a-z][a-z-]+) +(.*)$" matched "${row}")
        set(command "${CMAKE_MATCH_1}")
        set(synopsis "${CMAKE_MATCH_2}")
        execute_process(COMMAND ${program} ${command} --help
            OUTPUT_VARIABLE help RESULT_VARIABLE result ERROR_VARIABLE error)
        if(NOT result EQUAL 0 OR help STREQUAL "")
            message(FATAL_ERROR "${program} ${command} --help failed (${result}): ${error}")
        endif()
        roff_escape("${help}" help)
        string(APPEND sections ".SS \"${program} ${command}\"\n.nf\n${help}.fi\n")

        # Its own page as well, restgate-cli-COMMAND(1) the way git has git-commit(1): `man restgate-cli-run`.
        # help2man runs a program by name, so a two-line script stands for "restgate-cli COMMAND".
        set(wrapper "${wrapper_dir}/${program}-${command}")
        file(WRITE "${wrapper}" "#!/bin/sh\nexec ${program} ${command} \"$@\"\n")
        file(CHMOD "${wrapper}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE)
        file(WRITE "${wrapper}.include" "[SEE ALSO]\n.BR ${program} (1)\n")
        # "Dry-run the tasks ..." -> "dry-run the tasks ...": the NAME line of a man page starts in lower case.
        string(SUBSTRING "${synopsis}" 0 1 first)
        string(SUBSTRING "${synopsis}" 1 -1 rest)
        string(TOLOWER "${first}" first)
        set(name "${first}${rest}")
        write_page("${wrapper}" "${name}" "${wrapper}.include" "${output_dir}/${program}-${command}.1")
        string(APPEND see_also ".BR ${program}-${command} (1)\n")
    endforeach()
    string(APPEND sections "[SEE ALSO]\n${see_also}")
endif()
if(sections)
    file(WRITE "${OUTPUT}.include" "${sections}")
    write_page(${program} "${NAME}" "${OUTPUT}.include" "${OUTPUT}")
else()
    write_page(${program} "${NAME}" "" "${OUTPUT}")
endif()
