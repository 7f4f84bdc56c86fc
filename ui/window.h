#pragma once

namespace Gui {

// Whether a window can be shown: on Linux, a display (X11 or Wayland) or a platform named by QT_QPA_PLATFORM.
// Asked before the QApplication is made, which aborts without one.
bool canShowWindow();

// Runs the window on the embedded catalogue (or the last one opened), in the language of the preferences, until
// it is closed; returns the exit code. Needs a QApplication.
int runWindow();

} // namespace Gui
