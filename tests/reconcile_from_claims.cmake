# reconcile over articles and reconcile over the claim JSONL that `extract`
# wrote for the same articles must print the same report, byte for byte:
# extraction can run on many machines and reconciliation on the claims.
#
#   cmake -DBIN=path/to/claimcheck -DARTICLES=dir -DWORK=dir -P reconcile_from_claims.cmake
cmake_minimum_required(VERSION 3.25)

file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${BIN}" extract --format jsonl "${ARTICLES}"
                OUTPUT_FILE "${WORK}/claims.jsonl" RESULT_VARIABLE extract_status)
if(NOT extract_status EQUAL 0)
  message(FATAL_ERROR "extract exited ${extract_status}")
endif()
foreach(input IN ITEMS articles claims)
  if(input STREQUAL "articles")
    set(path "${ARTICLES}")
  else()
    set(path "${WORK}/claims.jsonl")
  endif()
  execute_process(COMMAND "${BIN}" reconcile --format json --fail-on never "${path}"
                  OUTPUT_VARIABLE report_${input} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "reconcile over ${input} exited ${status}")
  endif()
endforeach()
if(NOT report_articles STREQUAL report_claims)
  message(FATAL_ERROR "reports differ\n--- over articles\n${report_articles}\n--- over claims\n${report_claims}")
endif()
