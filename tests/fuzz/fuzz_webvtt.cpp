// libFuzzer target for the WebVTT parser (docs/fuzzing.md). Captions come from the server and
// from downloaded files that may be damaged; any bytes must give captions or an error, and the
// captions must keep the promises the overlay's binary search relies on.

#include "fuzzsupport.h"
#include "media/webvtt.h"

using namespace lectern;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<WebVttDocument> result = WebVttParser::parse(fuzz::bytes(data, size));
    if (!result) {
        FUZZ_CHECK(!result.error().message.isEmpty());
        return 0;
    }
    const QList<Cue> &cues = result.value().cues;
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const Cue &cue = cues.at(i);
        FUZZ_CHECK(cue.startMs >= 0 && cue.endMs > cue.startMs);
        FUZZ_CHECK(cue.line >= 1);
        if (i > 0) {
            const Cue &before = cues.at(i - 1);
            FUZZ_CHECK(before.startMs < cue.startMs
                       || (before.startMs == cue.startMs && before.endMs <= cue.endMs));
        }
        // At a cue's own start some cue is showing, whatever overlaps it.
        const qsizetype shown = cueAt(cues, cue.startMs);
        FUZZ_CHECK(shown >= 0 && shown < cues.size());
        FUZZ_CHECK(cues.at(shown).startMs <= cue.startMs && cue.startMs < cues.at(shown).endMs);
    }
    for (const WebVttWarning &warning : result.value().warnings)
        FUZZ_CHECK(warning.line >= 1 && !warning.message.isEmpty());
    FUZZ_CHECK(cueAt(cues, -1) == -1);
    return 0;
}
