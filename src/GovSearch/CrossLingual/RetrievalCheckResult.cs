namespace GovSearch.CrossLingual;

/// <summary>What <see cref="ParallelRetrievalCheck"/> found.</summary>
/// <param name="Sections">English sections tried.</param>
/// <param name="FirstWithinReport">Sections whose Chinese section ranked first among the sections of the same report.</param>
/// <param name="FirstAmongAll">Sections whose Chinese section ranked first among the sections of all the reports.</param>
internal sealed record RetrievalCheckResult(int Sections, int FirstWithinReport, int FirstAmongAll)
{
    /// <summary>Precision at 1 within the same report; 0 when no section was tried.</summary>
    public double PrecisionWithinReport => Sections == 0 ? 0 : FirstWithinReport / (double)Sections;

    /// <summary>Precision at 1 among all the reports' sections; 0 when no section was tried.</summary>
    public double PrecisionAmongAll => Sections == 0 ? 0 : FirstAmongAll / (double)Sections;
}
