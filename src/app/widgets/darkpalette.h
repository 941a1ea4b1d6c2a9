#pragma once

#include <QPalette>

namespace RestGate {

/// True for a dark theme: text views pick their highlight and message colours by this, so they stay readable on both.
inline bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace RestGate
