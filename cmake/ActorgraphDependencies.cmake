# Every dependency comes from a Debian package; a missing one stops configure and names it.
macro(actorgraph_require name package)
  find_package(${name} ${ARGN} QUIET)
  if(NOT ${name}_FOUND)
    message(FATAL_ERROR "actorgraph needs ${name}: install the Debian package '${package}' "
                        "(or run scripts/install-deps.sh)")
  endif()
endmacro()

actorgraph_require(Boost libboost-graph-dev 1.74 COMPONENTS graph)
actorgraph_require(spdlog libspdlog-dev)
actorgraph_require(yaml-cpp libyaml-cpp-dev)
actorgraph_require(ICU libicu-dev COMPONENTS uc i18n)
actorgraph_require(CLI11 libcli11-dev)
actorgraph_require(nlohmann_json nlohmann-json3-dev)
actorgraph_require(EXPAT libexpat1-dev)
find_package(Threads REQUIRED)
if(ACTORGRAPH_BUILD_TESTS)
  actorgraph_require(Catch2 catch2 2)
endif()
if(ACTORGRAPH_BUILD_BENCH)
  actorgraph_require(benchmark libbenchmark-dev)
endif()

# yaml-cpp 0.7 in Debian exports the target without a namespace.
if(TARGET yaml-cpp AND NOT TARGET yaml-cpp::yaml-cpp)
  add_library(yaml-cpp::yaml-cpp ALIAS yaml-cpp)
endif()
