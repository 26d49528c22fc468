namespace ChatBot.Core.Concurrency;

/// <summary>Runs a host's share of a role: take it, work while it is held, and take it again after losing it.</summary>
public static class HostRoleWork
{
    /// <param name="work">The role's work; its token is cancelled when the host stops or loses the role.</param>
    public static async Task RunWhileHeldAsync(this IHostRoles roles, string role, Func<CancellationToken, Task> work, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            IRoleHold hold;
            try
            {
                hold = await roles.TakeAsync(role, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }

            using (hold)
            using (var working = CancellationTokenSource.CreateLinkedTokenSource(stopping, hold.Lost))
            {
                try
                {
                    await work(working.Token);
                }
                catch (OperationCanceledException) when (working.IsCancellationRequested)
                {
                    // Stopped, or the role was lost: the loop takes it again unless the host is stopping.
                }

                // Work that ended of itself while still held is done for good.
                if (!hold.Lost.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }
}
