namespace GovSearch;

/// <summary>What the loader does with a bad file or record.</summary>
public enum LoadErrorMode
{
    /// <summary>Skip it, record a <see cref="LoadProblem"/>, and go on with the rest (the default).</summary>
    Skip,

    /// <summary>Stop at the first one with a <see cref="DocumentLoadException"/>.</summary>
    Fail,
}
