# Precompiled headers for the three big targets. Most of a file's compile time here is spent
# parsing the same Qt headers again; precompiling the ones most files include makes those files
# build 2-3 times faster (docs/performance.md, "build"), which keeps the test command's three
# builds (dev, asan, fuzz) inside the CI budget. Sources still include what they use: the
# clang-tidy gate and the fuzz build compile them without these headers, so a missing include
# cannot hide behind the precompiled set.
option(LECTERN_PCH "Precompile the Qt headers most files include (faster builds)" ON)

set(lectern_pch_core
    <QByteArray> <QCoreApplication> <QDateTime> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QObject> <QRegularExpression> <QSet> <QSqlDatabase> <QSqlError>
    <QSqlQuery> <QString> <QStringList> <QUrl> <QVariant>
    <algorithm> <functional> <memory> <optional> <utility>)

# lectern_precompile(TARGET [HEADER...]): the core set plus the target's own headers.
function(lectern_precompile target)
    if(LECTERN_PCH AND TARGET ${target})
        target_precompile_headers(${target} PRIVATE ${lectern_pch_core} ${ARGN})
    endif()
endfunction()
