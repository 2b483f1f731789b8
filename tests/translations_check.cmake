# The Spanish translation is complete: lupdate run over today's sources (into a copy, so the
# committed file is never touched) finds no string without its translation. A tr() string added
# to the code and not translated fails here, with the first few listed.
# Bad input tried: a source string newly added (lupdate adds it as unfinished) and an entry left
# unfinished in the committed file both fail; obsolete entries are dropped (-no-obsolete).
# Called by ctest with -DLUPDATE= -DGENERATOR= -DPROJECT_IN= -DTS_FILE= -DWORK_DIR=.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
file(COPY "${TS_FILE}" DESTINATION "${WORK_DIR}")
set(copy "${WORK_DIR}/${ts_name}")

execute_process(
    COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
            -P ${GENERATOR}
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cannot write the lupdate project:\n${output}")
endif()
execute_process(
    COMMAND ${LUPDATE} -project ${WORK_DIR}/project.json -no-obsolete -locations none
            -ts ${copy}
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()

file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    list(SUBLIST unfinished 0 10 first)
    string(REGEX REPLACE "<source>([^<]*)</source>[^;]*" "  \\1" shown "${first}")
    string(REPLACE ";" "\n" shown "${shown}")
    message(FATAL_ERROR "${ts_name}: ${count} string(s) without a translation; run "
        "`cmake --build build/dev --target update_translations` and translate them. First:\n${shown}")
endif()
message(STATUS "${ts_name}: every string is translated")
