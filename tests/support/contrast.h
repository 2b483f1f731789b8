#pragma once

#include "darkpalette.h"

#include <QColor>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QPixmap>
#include <QString>

#include <algorithm>
#include <cmath>

// How well colours read, for the GUI tests that check a screen in light and dark themes. Worked
// out here from WCAG 2's formulas rather than taken from the client, so a test does not grade
// the code with the code's own arithmetic.
namespace lectern::testing {

// WCAG's relative luminance: 0 for black to 1 for white.
inline double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

// WCAG's contrast ratio of two colours: 1 (the same) to 21 (black on white).
inline double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The client's --theme dark colours, those the tests draw dark screens with.
using lectern::darkPalette;

// What is wrong with how a banner reads on a page of that palette, or nothing: its text needs
// 4.5:1 on its background, and the background must stay close to the page's own rather than
// be a light block on a dark page. It looks at the banner as drawn, so a style sheet that
// overrides the palette is judged too.
inline QString bannerProblem(QWidget *banner, const QPalette &palette)
{
    const QImage shot = banner->grab().toImage();
    const QColor background = shot.pixelColor(shot.width() / 2, 3); // in the padding
    QColor text = background;
    for (int y = 2; y < shot.height() - 2; ++y) {
        for (int x = 2; x < shot.width() - 2; ++x) {
            const QColor pixel = shot.pixelColor(x, y);
            if (contrast(pixel, background) > contrast(text, background))
                text = pixel;
        }
    }
    const QColor window = palette.color(QPalette::Window);
    if (contrast(text, background) < 4.5)
        return QStringLiteral("text %1 on %2").arg(text.name(), background.name());
    if (background == window || contrast(background, window) >= 1.6)
        return QStringLiteral("banner %1 on a page of %2").arg(background.name(), window.name());
    return {};
}

} // namespace lectern::testing
