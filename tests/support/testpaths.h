#pragma once

#include <QString>

// Where the tests find the source tree and the server binary: CTest sets both variables
// (tests/CMakeLists.txt); the fallbacks let a test binary run by hand from the build tree.
namespace lectern::testing {

inline QString sourceDir()
{
    return qEnvironmentVariable("LECTERN_SOURCE_DIR", QStringLiteral(LECTERN_SOURCE_DIR_DEFAULT));
}

inline QString demoProgrammeDir()
{
    return sourceDir() + QStringLiteral("/resources/demo");
}

// The demo lecture media that scripts/make-demo-media.sh made; scripts/test.sh makes it
// before the tests run and passes its folder in LECTERN_DEMO_MEDIA.
inline QString demoMediaDir()
{
    return qEnvironmentVariable("LECTERN_DEMO_MEDIA",
                                sourceDir() + QStringLiteral("/.cache/demo-media"));
}

inline QString serverBinary()
{
    return qEnvironmentVariable("LECTERN_SERVER_BIN", QStringLiteral(LECTERN_SERVER_BIN_DEFAULT));
}

} // namespace lectern::testing
