import Foundation
import Glibc

/// How much of the machine other processes used during a run, to judge whether its figures were
/// disturbed: this machine kind is shared and small, and a compile next door halves a result.
struct MachineLoad {
    /// CPU seconds all CPUs spent busy, from `/proc/stat`.
    private let machineBusy: Double
    /// CPU seconds used by this process and its reaped children (the router processes).
    private let ours: Double
    private let start: UInt64

    /// A snapshot of now.
    init() {
        machineBusy = MachineLoad.machineBusySeconds()
        ours = MachineLoad.ownSeconds()
        start = Stopwatch.now()
    }

    /// The share of the machine's capacity (all CPUs) that other processes used since `self`, in
    /// percent. The router still running at the end is counted as another process, so this
    /// slightly overstates.
    func otherProcessesPercent() -> Double {
        let wall = Double(Stopwatch.elapsed(since: start)) / 1e9
        let capacity = wall * Double(ProcessInfo.processInfo.activeProcessorCount)
        guard capacity > 0 else { return 0 }
        let others = (MachineLoad.machineBusySeconds() - machineBusy) - (MachineLoad.ownSeconds() - ours)
        return max(others, 0) / capacity * 100
    }

    /// Busy time of all CPUs: every `/proc/stat` field of the `cpu` line but idle and iowait.
    private static func machineBusySeconds() -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = stat.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") })
        else { return 0 }
        // user nice system idle iowait irq softirq steal (guest time is already in user).
        let ticks = line.split(separator: " ").dropFirst().prefix(8).compactMap { Double($0) }
        guard ticks.count == 8 else { return 0 }
        let busy = ticks.reduce(0, +) - ticks[3] - ticks[4]
        return busy / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// User and system time of this process and its waited-for children.
    private static func ownSeconds() -> Double {
        var total = 0.0
        for who in [RUSAGE_SELF, RUSAGE_CHILDREN] {
            var usage = rusage()
            getrusage(who.rawValue, &usage)
            total += seconds(usage.ru_utime) + seconds(usage.ru_stime)
        }
        return total
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }
}
