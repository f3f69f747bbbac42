namespace GovSearch.Tests.Quality;

/// <summary>One information need with its graded judgments.</summary>
/// <param name="Id">The query id, such as zh-01.</param>
/// <param name="Language">The language of the query text: zh, zh-Hant, en or mixed.</param>
/// <param name="Text">The query as a user types it.</param>
/// <param name="Grades">Relevant document ids and their grades: 2 = about the need, 1 = partly relevant. Unlisted ids count as 0.</param>
/// <param name="Line">The line of the query file that holds the query.</param>
public sealed record JudgedQuery(string Id, string Language, string Text, IReadOnlyDictionary<string, int> Grades, int Line)
{
    /// <summary>The grade of a document: 0 when it is not judged relevant.</summary>
    public int GradeOf(string documentId) => Grades.GetValueOrDefault(documentId);
}
