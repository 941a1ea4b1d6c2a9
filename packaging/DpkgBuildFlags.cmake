# Compile and link with the flags a Debian package build uses, as dpkg-buildflags gives them with every hardening
# feature on (on Debian 12: -g -O2 -fstack-protector-strong -Wformat -Werror=format-security -D_FORTIFY_SOURCE=2,
# -Wl,-z,relro -Wl,-z,now; PIE is GCC's default there). Included before any target is defined.
find_program(DPKG_BUILDFLAGS dpkg-buildflags REQUIRED)

function(_restgate_dpkg_buildflag variable flag)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env DEB_BUILD_MAINT_OPTIONS=hardening=+all ${DPKG_BUILDFLAGS} --get ${flag}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        OUTPUT_VARIABLE value
        OUTPUT_STRIP_TRAILING_WHITESPACE
        COMMAND_ERROR_IS_FATAL ANY)
    set(${variable} "${value}" PARENT_SCOPE)
endfunction()

_restgate_dpkg_buildflag(_restgate_cxxflags CXXFLAGS)
# CMake reads no CPPFLAGS; debhelper passes them with the compiler flags too (that is where _FORTIFY_SOURCE is).
_restgate_dpkg_buildflag(_restgate_cppflags CPPFLAGS)
_restgate_dpkg_buildflag(_restgate_ldflags LDFLAGS)

string(APPEND CMAKE_CXX_FLAGS " ${_restgate_cxxflags} ${_restgate_cppflags}")
string(APPEND CMAKE_EXE_LINKER_FLAGS " ${_restgate_ldflags}")
string(APPEND CMAKE_SHARED_LINKER_FLAGS " ${_restgate_ldflags}")
# The optimisation level is dpkg-buildflags' (-O2); the build type only adds NDEBUG.
set(CMAKE_CXX_FLAGS_RELEASE "-DNDEBUG")
# dpkg's PIE flags assume it; Qt requires position-independent code anyway.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
message(STATUS "dpkg-buildflags: ${_restgate_cxxflags} ${_restgate_cppflags} | ${_restgate_ldflags}")
