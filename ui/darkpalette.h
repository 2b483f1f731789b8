#pragma once

#include <QPalette>

namespace lectern {

// The colours of `--theme dark`, with Fusion: what the client shows where the desktop gives no
// dark palette of its own, and what the GUI tests draw their dark screens with.
QPalette darkPalette();

} // namespace lectern
