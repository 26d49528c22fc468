using System.ComponentModel;
using System.Diagnostics;

namespace ChatBot.Testing;

/// <summary>A system program run to its end for what it does to the machine (chattr, mount): did it succeed?</summary>
public static class SystemCommand
{
    public static bool Succeeds(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            // Not installed.
            return false;
        }
    }
}
