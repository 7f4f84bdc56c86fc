echo "cli test not written yet"; exit 1
