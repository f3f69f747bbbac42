namespace GovSearch.Citations;

/// <summary>The sentence around a reference, for showing where it stands.</summary>
internal static class CitationContext
{
    /// <summary>How far the context reaches on each side of the reference, at most.</summary>
    private const int Reach = 60;

    /// <summary>The text from the sentence start before the reference (at most <see cref="Reach"/> characters back) to
    /// the sentence end after it (at most <see cref="Reach"/> characters on), on one line.</summary>
    public static string Around(string text, int start, int length)
    {
        if (start < 0 || start > text.Length)
        {
            return string.Empty;
        }

        var end = Math.Min(text.Length, start + length);
        var from = start;
        while (from > 0 && start - from < Reach && !IsBoundary(text[from - 1]))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && to - end < Reach && !IsBoundary(text[to]))
        {
            to++;
        }

        if (to < text.Length && text[to] is not '\n')
        {
            to++;
        }

        return text[from..to].Replace('\n', ' ').Trim();
    }

    private static bool IsBoundary(char c) => c is '。' or '；' or '\n' or '！' or '？' or '.' or ';' or '!' or '?';
}
