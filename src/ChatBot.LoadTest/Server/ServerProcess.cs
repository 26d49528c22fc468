using System.Globalization;

namespace ChatBot.LoadTest.Server;

/// <summary>
/// The service's process as Linux shows it in /proc: its peak resident memory (VmHWM) and CPU time. Another machine's
/// service, or a process of another user, cannot be read; the report then says so instead of guessing.
/// </summary>
internal sealed class ServerProcess(int pid)
{
    public int Pid { get; } = pid;

    public bool Exists => File.Exists($"/proc/{Pid}/status");

    /// <summary>The peak resident memory in MiB, as the kernel counts it (since the start, or since <see cref="TryResetPeak"/>).</summary>
    public double? PeakRssMb() => StatusKilobytes("VmHWM:") is { } kb ? Math.Round(kb / 1024.0, 1) : null;

    /// <summary>
    /// Starts the peak over from the present (writing 5 to clear_refs, Linux 4.0 and later; the owner may), so that the
    /// figure is the load's and not the model training's at start-up.
    /// </summary>
    public bool TryResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{Pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>User and system CPU seconds used so far.</summary>
    public double? CpuSeconds()
    {
        try
        {
            // Fields 14 and 15 of proc(5), counted after the command name, which may hold spaces.
            var fields = File.ReadAllText($"/proc/{Pid}/stat").Split(')', 2)[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            // USER_HZ, which Linux keeps at 100 for every program whatever the kernel ticks at.
            return ticks / 100.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private long? StatusKilobytes(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{Pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
