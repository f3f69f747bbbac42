namespace GovSearch.Tests.Analysis.Segmentation;

/// <summary>A fact that runs only when GOVSEARCH_SEGMENTER_FULL=1: skipped, with the reason, otherwise.</summary>
public sealed class FullCorpusFactAttribute : FactAttribute
{
    /// <summary>The environment variable that turns the fact on.</summary>
    public const string Variable = "GOVSEARCH_SEGMENTER_FULL";

    /// <summary>Sets the skip reason unless the variable is 1.</summary>
    public FullCorpusFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"Compares the segmenters on all of docs.jsonl (minutes); set {Variable}=1 to run it.";
        }
    }
}
