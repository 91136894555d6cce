# Runs claimcheck for one golden or error case and byte-compares its output.
#
#   cmake -DBIN=path/to/claimcheck -DCASE_DIR=tests/golden/<case> [-DUPDATE=1] -P run_case.cmake
#
# CASE_DIR holds:
#   args             one argument per line; @DIR@ stands for CASE_DIR. The binary
#                    runs with CASE_DIR as working directory, so relative paths
#                    in args (and in messages) stay the same on every machine.
#   stdin            optional: fed to standard input (else /dev/null)
#   expected.jsonl   or expected.txt: standard output. With neither, stdout must be empty.
#   expected.stderr  standard error. Without it, stderr must be empty.
#   expected.exit    exit status (default 0)
# On a mismatch the expected and actual text are printed between rulers and
# the script fails. UPDATE=1 rewrites the expectations instead, for review
# with `git diff` before committing.
cmake_minimum_required(VERSION 3.25)

if(NOT BIN OR NOT CASE_DIR)
  message(FATAL_ERROR "usage: cmake -DBIN=<claimcheck> -DCASE_DIR=<dir> [-DUPDATE=1] -P run_case.cmake")
endif()
if(NOT EXISTS "${CASE_DIR}/args")
  message(FATAL_ERROR "${CASE_DIR}/args: missing")
endif()

# Arguments: one per line, empty lines ignored. A ';' would split a CMake list.
file(READ "${CASE_DIR}/args" args_text)
if(args_text MATCHES ";")
  message(FATAL_ERROR "${CASE_DIR}/args: ';' is not supported in arguments")
endif()
string(REPLACE "@DIR@" "${CASE_DIR}" args_text "${args_text}")
string(REPLACE "\r" "" args_text "${args_text}")
string(REPLACE "\n" ";" args_list "${args_text}")
set(args)
foreach(arg IN LISTS args_list)
  if(NOT arg STREQUAL "")
    list(APPEND args "${arg}")
  endif()
endforeach()

set(input_file /dev/null)
if(EXISTS "${CASE_DIR}/stdin")
  set(input_file "${CASE_DIR}/stdin")
endif()

execute_process(
  COMMAND "${BIN}" ${args}
  WORKING_DIRECTORY "${CASE_DIR}"
  INPUT_FILE "${input_file}"
  OUTPUT_VARIABLE got_stdout
  ERROR_VARIABLE got_stderr
  RESULT_VARIABLE got_exit)

# Which file holds the expected stdout.
set(stdout_file "")
foreach(name expected.jsonl expected.txt)
  if(EXISTS "${CASE_DIR}/${name}")
    set(stdout_file "${CASE_DIR}/${name}")
    break()
  endif()
endforeach()

if(UPDATE)
  if(stdout_file STREQUAL "" AND NOT got_stdout STREQUAL "")
    if(args_text MATCHES "jsonl")
      set(stdout_file "${CASE_DIR}/expected.jsonl")
    else()
      set(stdout_file "${CASE_DIR}/expected.txt")
    endif()
  endif()
  if(NOT stdout_file STREQUAL "")
    file(WRITE "${stdout_file}" "${got_stdout}")
  endif()
  if(EXISTS "${CASE_DIR}/expected.stderr" OR NOT got_stderr STREQUAL "")
    file(WRITE "${CASE_DIR}/expected.stderr" "${got_stderr}")
  endif()
  if(EXISTS "${CASE_DIR}/expected.exit" OR NOT got_exit STREQUAL "0")
    file(WRITE "${CASE_DIR}/expected.exit" "${got_exit}\n")
  endif()
  message(STATUS "updated ${CASE_DIR} (exit ${got_exit})")
  return()
endif()

set(want_stdout "")
if(NOT stdout_file STREQUAL "")
  file(READ "${stdout_file}" want_stdout)
endif()
set(want_stderr "")
if(EXISTS "${CASE_DIR}/expected.stderr")
  file(READ "${CASE_DIR}/expected.stderr" want_stderr)
endif()
set(want_exit 0)
if(EXISTS "${CASE_DIR}/expected.exit")
  file(READ "${CASE_DIR}/expected.exit" want_exit)
  string(STRIP "${want_exit}" want_exit)
endif()

set(ruler "------------------------------------------------------------------------")
set(failed FALSE)
function(report what want got)
  message("${what} differs")
  message("${ruler} expected ${what}\n${want}${ruler} got ${what}\n${got}${ruler}")
endfunction()

if(NOT got_stdout STREQUAL want_stdout)
  if(stdout_file STREQUAL "")
    report("stdout (no expected.jsonl/expected.txt: must be empty)" "${want_stdout}" "${got_stdout}")
  else()
    report("stdout (${stdout_file})" "${want_stdout}" "${got_stdout}")
  endif()
  set(failed TRUE)
endif()
if(NOT got_stderr STREQUAL want_stderr)
  report("stderr" "${want_stderr}" "${got_stderr}")
  set(failed TRUE)
endif()
if(NOT got_exit STREQUAL want_exit)
  message("exit status differs: expected ${want_exit}, got ${got_exit}")
  set(failed TRUE)
endif()

if(failed)
  list(JOIN args " " shown)
  message(FATAL_ERROR "case ${CASE_DIR} failed\n  command: (cd ${CASE_DIR} && ${BIN} ${shown})\n"
                      "  to accept the new output: cmake -DBIN=${BIN} -DCASE_DIR=${CASE_DIR} -DUPDATE=1 -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
