using System.Globalization;
using System.Text;

namespace GovSearch.Tests.Support;

/// <summary>What a run of fault trials saw, for the test output and the reliability table.</summary>
public sealed class FaultTally
{
    private readonly SortedDictionary<string, int> _failedSteps = new(StringComparer.Ordinal);

    /// <summary>Trials run.</summary>
    public int Trials { get; set; }

    /// <summary>Trials where a write, delete or commit threw <see cref="GovSearch.IndexWriteException"/>.</summary>
    public int Failed { get; set; }

    /// <summary>Trials where faults were thrown but Lucene absorbed them (a failed delete of an old file, a merge).</summary>
    public int Absorbed { get; set; }

    /// <summary>Trials whose countdown was never reached.</summary>
    public int NoFault { get; set; }

    /// <summary>Failed commits that nonetheless landed whole (storage failed at the commit's last step).</summary>
    public int CommitLanded { get; set; }

    /// <summary>Trials whose faulty index was disposed with faults still armed.</summary>
    public int DisposedArmed { get; set; }

    /// <summary>Faults thrown in all.</summary>
    public long Faults { get; set; }

    /// <summary>Documents lost from a commit, or found from no commit: always zero when the tests pass.</summary>
    public int Lost { get; set; }

    /// <summary>Counts a failure at a step (add, update, delete, commit).</summary>
    public void FailedAt(string step) => _failedSteps[step] = _failedSteps.GetValueOrDefault(step) + 1;

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{Trials} trials, {Faults} faults thrown: {Failed} failed a write ({string.Join(", ", _failedSteps.Select(p => $"{p.Key} {p.Value}"))}), ");
        text.Append(CultureInfo.InvariantCulture,
            $"{Absorbed} absorbed by Lucene, {NoFault} without a fault; {CommitLanded} failed commits landed whole; {DisposedArmed} disposed with faults armed; {Lost} documents lost.");
        return text.ToString();
    }
}
