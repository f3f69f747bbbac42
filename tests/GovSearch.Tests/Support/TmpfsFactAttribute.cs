namespace GovSearch.Tests.Support;

/// <summary>A fact that needs <see cref="TmpfsMount"/>: skipped, with the reason, where tmpfs cannot be mounted.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when tmpfs is unavailable.</summary>
    public TmpfsFactAttribute()
    {
        if (TmpfsMount.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
