#include "bannerstyle.h"

#include <algorithm>
#include <cmath>

namespace lectern {
namespace {

// WCAG 2's contrast ratio: 1 (the same colour) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

QColor tint(const QColor &base, const QColor &colour, float share)
{
    return QColor::fromRgbF(base.redF() + (colour.redF() - base.redF()) * share,
                            base.greenF() + (colour.greenF() - base.greenF()) * share,
                            base.blueF() + (colour.blueF() - base.blueF()) * share);
}

QString bannerStyleSheet(const QPalette &palette, const QColor &accent, BannerLook look)
{
    return QStringLiteral("background: %1; color: %2; padding: %3px; border: 1px solid %4; "
                          "border-radius: 4px;")
        .arg(tint(palette.color(QPalette::Window), accent, look.tintShare).name(),
             palette.color(QPalette::WindowText).name(), QString::number(look.paddingPx),
             accent.name());
}

QColor readableTextColour(const QPalette &palette, const QColor &accent)
{
    constexpr double kBodyTextContrast = 4.5;
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    // In tenths, so the colour keeps as much of the accent as the contrast allows; the
    // window's own text colour ends the walk, the best this palette can do.
    for (int tenths = 0; tenths < 10; ++tenths) {
        const QColor candidate = tint(accent, text, float(tenths) / 10);
        if (contrastRatio(candidate, window) >= kBodyTextContrast)
            return candidate;
    }
    return text;
}

} // namespace lectern
