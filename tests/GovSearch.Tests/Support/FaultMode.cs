namespace GovSearch.Tests.Support;

/// <summary>What a <see cref="FaultyDirectory"/> does once its countdown reaches zero.</summary>
public enum FaultMode
{
    /// <summary>One operation fails; the next ones work (a transient error).</summary>
    Once,

    /// <summary>That operation and every one after it fail until disarmed (a full or dead disk).</summary>
    Sticky,

    /// <summary>That operation fails, and each later one fails with probability 1/4 (a flaky disk).</summary>
    Random,
}
