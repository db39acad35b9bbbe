# Removes what the previous run left in each suite's artifact folder; the folders stay, as
# the suites' TMPDIR points at them.
file(GLOB leftovers LIST_DIRECTORIES true "${ARTIFACTS}/*/*" "${ARTIFACTS}/*/.*")
if(leftovers)
    file(REMOVE_RECURSE ${leftovers})
endif()
list(LENGTH leftovers count)
message(STATUS "test artifacts: ${count} entries of the previous run removed from ${ARTIFACTS}")
