#!/usr/bin/env python3
"""Pools several outputs of bench/run.sh (one go each) into one table: for each engine and measure, the median of all
its per-run ratios to raw, each against the raw runs just before and after it (as run.sh computes them), with the
lowest and highest.

    bench/run.sh --rows 100000 --runs 3 --no-sequelize > go1.txt    # and go2.txt, go3.txt...
    bench/pool.py go1.txt go2.txt go3.txt
"""
import json
import statistics
import sys

MEASURES = ['insert', 'findAll', 'findByPk10k', 'filtered100', 'update10k', 'aggregate100']


def runs(path):
    return [json.loads(line) for line in open(path, encoding='utf-8') if line.startswith('{')]


def main(paths):
    engines = []
    ratios = {}
    raw = {m: [] for m in MEASURES}
    for path in paths:
        records = runs(path)
        for i, record in enumerate(records):
            if record['engine'] == 'raw':
                for m in MEASURES:
                    raw[m].append(record['result'][m + '_ms'])
                continue
            if record['engine'] not in engines:
                engines.append(record['engine'])
            before = next((r for r in reversed(records[:i]) if r['engine'] == 'raw'), None)
            after = next((r for r in records[i + 1:] if r['engine'] == 'raw'), None)
            neighbours = [r for r in (before, after) if r]
            for m in MEASURES:
                for clock in ('', '_cpu'):
                    key = m + clock + '_ms'
                    base = statistics.mean(r['result'][key] for r in neighbours)
                    ratios.setdefault((clock, record['engine'], m), []).append(record['result'][key] / base)
    for clock, name in (('', 'wall-clock'), ('_cpu', 'CPU')):
        count = len(ratios.get((clock, engines[0], MEASURES[0]), [])) if engines else 0
        print(f'{name} time: median of {count} per-run ratios to raw [lowest..highest]; raw\'s median in ms')
        print('| measure | raw ms | ' + ' | '.join(engines) + ' |')
        print('|---|---:|' + '---:|' * len(engines))
        for m in MEASURES:
            cells = []
            for e in engines:
                values = ratios[(clock, e, m)]
                cells.append(f'{statistics.median(values):.2f}x [{min(values):.2f}..{max(values):.2f}]')
            print(f'| {m} | {statistics.median(raw[m]):.0f} | ' + ' | '.join(cells) + ' |')
        print()


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
