#pragma once

#include <QString>

namespace Gui {

// Whether a window can be shown: on Linux, a display (X11 or Wayland) or a platform named by QT_QPA_PLATFORM.
// Asked before the QApplication is made, which aborts without one.
bool canShowWindow();

// Whether the program's only argument is a catalogue file to open in the window, as a desktop passes it on a
// double-click: an existing file whose name has a dot or a slash (a command such as "info" has neither), not an
// option.
bool isCatalogueFile(const char *argument);

// Runs the window on the catalogue file given (empty: the embedded catalogue, or the last one opened), in the
// language of the preferences, until it is closed; returns the exit code. Needs a QApplication.
int runWindow(const QString &file = QString());

} // namespace Gui
