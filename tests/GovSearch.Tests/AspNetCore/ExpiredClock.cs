namespace GovSearch.Tests.AspNetCore;

/// <summary>A clock on which every timer is already due: a request timeout started on it has passed before the
/// endpoint runs, so a test sees what a slow search gets, deterministically.</summary>
internal sealed class ExpiredClock : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        callback(state);
        return new DoneTimer();
    }

    private sealed class DoneTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
