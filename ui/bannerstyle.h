#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace lectern {

// Colours for banners and coloured text taken from the widget's own palette, so they stand out
// and read in light and dark themes alike: fixed colours picked for a light theme glare, or
// vanish, on a dark one. Callers restyle on QEvent::PaletteChange, as a theme can switch while
// the window is open.

// base moved share of the way to colour: 0 gives base, 1 gives colour.
QColor tint(const QColor &base, const QColor &colour, float share);

struct BannerLook
{
    float tintShare = 0.22f; // how much of the accent colours the window behind the text
    int paddingPx = 8;
};

// A style sheet for a QLabel banner: the window tinted with accent, the window's text, and an
// accent border.
QString bannerStyleSheet(const QPalette &palette, const QColor &accent, BannerLook look = {});

// accent as a text colour on the palette's window: the accent itself where it reads at the 4.5:1
// that WCAG asks of body text, otherwise moved toward the window's text colour until it does.
QColor readableTextColour(const QPalette &palette, const QColor &accent);

} // namespace lectern
