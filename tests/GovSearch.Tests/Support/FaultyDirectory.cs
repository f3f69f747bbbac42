using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovSearch.Tests.Support;

/// <summary>
/// A Lucene directory that throws <see cref="IOException"/> at a chosen point, after the idea of Lucene's
/// <c>MockDirectoryWrapper</c>: every <c>CreateOutput</c>, <c>DeleteFile</c> and <c>Sync</c>, and every
/// <c>WriteByte</c>, <c>WriteBytes</c>, <c>Flush</c> and <c>Dispose</c> of the outputs it creates, counts as one
/// operation; once armed, the n-th operation fails, and later ones as <see cref="FaultMode"/> says. Reads never fail.
/// </summary>
/// <remarks>The thrown error carries a chosen HResult (28 is ENOSPC, a full disk; 5 is EIO), so the index's
/// classification of the failure can be checked. Deterministic for a seed as long as one thread writes.</remarks>
public sealed class FaultyDirectory : FilterDirectory
{
    /// <summary>ENOSPC on Linux and macOS.</summary>
    public const int DiskFull = 28;

    /// <summary>EIO on Linux and macOS.</summary>
    public const int InputOutputError = 5;

    private readonly object _gate = new();
    private Random _random;
    private long _countdown = -1;
    private FaultMode _mode;
    private int _hresult;
    private bool _mergesOnly;
    private bool _tripped;

    /// <summary>Wraps a directory; disposing this disposes it.</summary>
    public FaultyDirectory(LuceneDirectory inner, int seed)
        : base(inner)
    {
        _random = new Random(seed);
    }

    /// <summary>How many operations have been counted since the directory was armed.</summary>
    public long Operations { get; private set; }

    /// <summary>How many faults have been thrown.</summary>
    public int Faults { get; private set; }

    /// <summary>The operation of the first fault since arming, as "Kind file".</summary>
    public string? FirstFault { get; private set; }

    /// <summary>Makes the <paramref name="failAt"/>-th operation from now fail (1 is the next one).</summary>
    /// <param name="failAt">Which operation fails first.</param>
    /// <param name="mode">What happens after.</param>
    /// <param name="hresult">The HResult of the thrown <see cref="IOException"/>.</param>
    /// <param name="mergesOnly">Count only the writes of background merges.</param>
    public void Arm(long failAt, FaultMode mode, int hresult = InputOutputError, bool mergesOnly = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failAt, 1);
        lock (_gate)
        {
            _countdown = failAt;
            _mode = mode;
            _hresult = hresult;
            _mergesOnly = mergesOnly;
            _tripped = false;
            Operations = 0;
            FirstFault = null;
        }
    }

    /// <summary>Stops all faults.</summary>
    public void Disarm()
    {
        lock (_gate)
        {
            _countdown = -1;
            _tripped = false;
        }
    }

    /// <inheritdoc />
    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        var merge = context.Context == IOContext.UsageContext.MERGE;
        MaybeFail("CreateOutput", name, merge);
        return new FaultyOutput(this, name, merge, base.CreateOutput(name, context));
    }

    /// <inheritdoc />
    public override void DeleteFile(string name)
    {
        MaybeFail("DeleteFile", name, merge: false);
        base.DeleteFile(name);
    }

    /// <inheritdoc />
    public override void Sync(ICollection<string> names)
    {
        MaybeFail("Sync", string.Join(",", names), merge: false);
        base.Sync(names);
    }

    /// <summary>Counts one operation and throws when it is to fail.</summary>
    internal void MaybeFail(string kind, string file, bool merge)
    {
        lock (_gate)
        {
            if (_countdown < 0 || (_mergesOnly && !merge))
            {
                return;
            }

            Operations++;
            var fail = _tripped
                ? _mode switch
                {
                    FaultMode.Sticky => true,
                    FaultMode.Random => _random.Next(4) == 0,
                    _ => false,
                }
                : --_countdown == 0;
            if (!fail)
            {
                return;
            }

            _tripped = true;
            Faults++;
            FirstFault ??= $"{kind} {file}";
        }

        throw new IOException(
            _hresult == DiskFull ? $"No space left on device : '{file}' (injected)" : $"Input/output error : '{file}' (injected, {kind})",
            _hresult);
    }

    /// <summary>Re-seeds the random choices of <see cref="FaultMode.Random"/>.</summary>
    public void Reseed(int seed)
    {
        lock (_gate)
        {
            _random = new Random(seed);
        }
    }
}
