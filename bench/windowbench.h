#pragma once

#include <QString>

namespace Bench {

struct WindowBenchOptions
{
    int rows = 1000000;
    QString file; // the SQLite catalogue, built or reused as --model does
    QString dataDirectory; // goodbooks-10k
    QString program; // this executable, run again for each measured run
    int runs = 3;
};

// Runs the window in a child process per run, on the offscreen platform, and prints one JSON line with each run's
// figures and their medians: start_ms (process start to the first screen of books painted), scroll_frame_median_ms
// and scroll_frame_max_ms (200 screens paged down, each painted), keystroke_median_ms and keystroke_max_ms (a
// letter typed in the search box to the filtered screen painted), select_ms and select_max_ms (a row made current
// to its form filled, front cover thumbnail shown), rss_mb after the scroll.
int runWindowBench(const WindowBenchOptions &options);

// One measured run, in the child (needs a QApplication).
int runWindowPhase(const QString &file);

} // namespace Bench
