#pragma once

namespace Gui {

// Runs the window on the embedded catalogue (or the last one opened), in the language of the preferences, until
// it is closed; returns the exit code. Needs a QApplication.
int runWindow();

} // namespace Gui
