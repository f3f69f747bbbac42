using System.Globalization;

namespace GovSearch.Querying;

/// <summary>
/// Parses GovSearch's query language: words, "exact phrases", -exclusion, OR between clauses, and the filters
/// lang:, type:, source:, year:2019, year:2015..2020 (open ends allowed), topic:K. Everything else is literal text.
/// </summary>
/// <remarks>
/// Lenient parsing (the default) never fails on syntax: an unbalanced quote, a lone '-' or OR, a stray colon,
/// brackets, an unknown field or a bad filter value are read as plain text and noted in the warnings.
/// Strict parsing throws a <see cref="QueryException"/> with the position instead. An empty query always throws.
/// </remarks>
internal static class QueryParser
{
    /// <summary>The most warnings a query lists; past them, one last warning counts the rest.</summary>
    public const int MaxWarnings = 20;

    /// <summary>The filter fields, in the order they are documented.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["lang", "type", "source", "year", "topic", "cites"];

    /// <summary>Reads the query as <paramref name="syntax"/> says.</summary>
    public static ParsedQuery Parse(string query, QuerySyntax syntax, bool strict) =>
        syntax == QuerySyntax.Literal ? ParseLiteral(query) : Parse(query, strict);

    public static ParsedQuery Parse(string query, bool strict)
    {
        CheckLength(query);
        return new Parser(query, strict).Run();
    }

    /// <summary>
    /// Reads the query as words only (<see cref="QuerySyntax.Literal"/>): each run of characters between spaces is one
    /// clause, whatever it holds; the analyzer then drops its punctuation. No filters, phrases, exclusions or warnings.
    /// </summary>
    public static ParsedQuery ParseLiteral(string query)
    {
        CheckLength(query);
        var groups = new List<IReadOnlyList<QueryClause>>();
        var position = 0;
        while (position < query.Length)
        {
            if (char.IsWhiteSpace(query[position]))
            {
                position++;
                continue;
            }

            var start = position;
            while (position < query.Length && !char.IsWhiteSpace(query[position]))
            {
                position++;
            }

            groups.Add([new QueryClause(false, query[start..position], start, position - start, false)]);
        }

        return new ParsedQuery(query, groups, [], []);
    }

    private static void CheckLength(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            // Position 0: the place where a word is needed, so every refusal names a position inside the query.
            throw new QueryException(query ?? string.Empty, 0, query?.Length ?? 0, "The query is empty; give at least one word, phrase or filter.");
        }

        if (query.Length > SearchOptions.MaximumQueryLength)
        {
            throw new QueryException(query, SearchOptions.MaximumQueryLength, query.Length - SearchOptions.MaximumQueryLength,
                $"The query is longer than {SearchOptions.MaximumQueryLength:N0} characters (SearchOptions.MaximumQueryLength); shorten it.");
        }
    }

    /// <summary>Reads a year filter's value: 2019, 2015..2021, 2015.. or ..2021 (years 1 to 9999, FROM at most TO).</summary>
    internal static bool TryParseYears(string value, out int? from, out int? to)
    {
        from = to = null;
        var range = value.IndexOf("..", StringComparison.Ordinal);
        if (range < 0)
        {
            if (!TryYear(value, out var year))
            {
                return false;
            }

            from = to = year;
            return true;
        }

        var left = value[..range];
        var right = value[(range + 2)..];
        if (left.Length == 0 && right.Length == 0)
        {
            return false;
        }

        if (left.Length > 0)
        {
            if (!TryYear(left, out var y))
            {
                return false;
            }

            from = y;
        }

        if (right.Length > 0)
        {
            if (!TryYear(right, out var y))
            {
                return false;
            }

            to = y;
        }

        return from is null || to is null || from <= to;
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1 and <= 9999;

    private sealed class Parser(string query, bool strict)
    {
        private readonly List<string> _warnings = [];
        private readonly List<List<QueryClause>> _groups = [];
        private readonly List<QueryFilter> _filters = [];
        private int _unlisted;
        private int _unbalancedQuote = -1;
        private int _position;
        private int _pendingOr = -1;
        private bool _orAfterFilter;
        private bool _lastWasFilter;

        public ParsedQuery Run()
        {
            FindUnbalancedQuote();
            while (_position < query.Length)
            {
                if (char.IsWhiteSpace(query[_position]) || _position == _unbalancedQuote)
                {
                    _position++;
                    continue;
                }

                ReadItem();
            }

            if (_pendingOr >= 0)
            {
                LoneOr(_pendingOr);
            }

            if (_unlisted > 0)
            {
                _warnings.Add($"{_unlisted:N0} more problems were read as text or ignored; they are not listed.");
            }

            return new ParsedQuery(query, _groups, _filters, _warnings);
        }

        private void FindUnbalancedQuote()
        {
            var last = -1;
            var count = 0;
            for (var i = 0; i < query.Length; i++)
            {
                if (query[i] == '"')
                {
                    count++;
                    last = i;
                }
            }

            if (count % 2 == 1)
            {
                _unbalancedQuote = last;
                Problem(last, 1, "The quote is not closed", "was read as text");
            }
        }

        private void ReadItem()
        {
            var start = _position;
            var negated = false;
            if (query[_position] == '-')
            {
                var next = _position + 1 < query.Length ? query[_position + 1] : ' ';
                if (char.IsWhiteSpace(next) || next == '-' || _position + 1 == _unbalancedQuote)
                {
                    Problem(_position, 1, "A '-' stands alone; put it right before the word, phrase or filter to exclude", "was ignored");
                    _position++;
                    return;
                }

                negated = true;
                _position++;
            }

            if (query[_position] == '"' && _position != _unbalancedQuote)
            {
                var close = query.IndexOf('"', _position + 1);
                var text = query[(_position + 1)..close];
                _position = close + 1;
                if (string.IsNullOrWhiteSpace(text))
                {
                    Problem(start, _position - start, "The phrase is empty", "was ignored");
                    return;
                }

                AddClause(new QueryClause(true, text, start, _position - start, negated));
                return;
            }

            var wordStart = _position;
            while (_position < query.Length && !char.IsWhiteSpace(query[_position]) && (query[_position] != '"' || _position == _unbalancedQuote))
            {
                _position++;
            }

            var word = query[wordStart.._position];
            if (word == "OR" && !negated)
            {
                if (_pendingOr >= 0)
                {
                    // A second OR in a row: the first still joins its neighbours.
                    Problem(wordStart, 2, "OR must stand between two words or phrases", "was ignored");
                }
                else if ((!_lastWasFilter && (_groups.Count == 0 || _groups[^1][^1].Negated)) || (_lastWasFilter && _filters[^1].Negated))
                {
                    LoneOr(wordStart);
                }
                else
                {
                    _pendingOr = wordStart;
                    _orAfterFilter = _lastWasFilter;
                }

                return;
            }

            var colon = word.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && Fields.Contains(word[..colon].ToLowerInvariant()))
            {
                ReadFilter(start, word[..colon].ToLowerInvariant(), word[(colon + 1)..], negated);
                return;
            }

            if (colon >= 0)
            {
                CheckColon(wordStart, word, colon);
            }

            var bracket = word.IndexOfAny(['(', ')', '[', ']', '{', '}']);
            if (bracket >= 0)
            {
                Problem(wordStart + bracket, 1, "Brackets do not group in this query language", "was read as text");
            }

            AddClause(new QueryClause(false, word, start, _position - start, negated));
        }

        private void CheckColon(int wordStart, string word, int colon)
        {
            if (colon == 0 || colon == word.Length - 1)
            {
                Problem(wordStart + colon, 1, "A ':' must join a field and a value, as in type:law", "was read as text");
            }
            else if (word[..colon].All(char.IsAsciiLetter))
            {
                Problem(wordStart, colon, $"'{word[..colon]}' is not a field; the fields are {string.Join(", ", Fields)}", "was read as text");
            }
        }

        private void ReadFilter(int start, string field, string value, bool negated)
        {
            if (value.Length == 0 && _position < query.Length && query[_position] == '"' && _position != _unbalancedQuote)
            {
                var close = query.IndexOf('"', _position + 1);
                value = query[(_position + 1)..close];
                _position = close + 1;
            }

            var length = _position - start;
            if (_pendingOr >= 0)
            {
                // OR between two filters of one field says what the filters do anyway; elsewhere it is lone.
                if (_orAfterFilter && !negated && _filters[^1].Field == field)
                {
                    _pendingOr = -1;
                }
                else
                {
                    LoneOr(_pendingOr);
                }
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                Problem(start, length, $"The filter '{field}:' has no value", "was ignored");
                return;
            }

            switch (field)
            {
                case "year":
                    if (TryParseYears(value, out var from, out var to))
                    {
                        AddFilter(new QueryFilter(field, null, from, to, start, length, negated));
                        return;
                    }

                    Problem(start, length, $"'{value}' is not a year or range; write year:2019, year:2015..2020, year:2015.. or year:..2020", "was read as text");
                    break;
                case "lang":
                    if (DocumentLanguages.Canonical(value) is { } language)
                    {
                        AddFilter(new QueryFilter(field, language, null, null, start, length, negated));
                        return;
                    }

                    Problem(start, length, $"'{value}' is not a language; use {string.Join(", ", DocumentLanguages.All)}", "was read as text");
                    break;
                case "topic":
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var topic))
                    {
                        AddFilter(new QueryFilter(field, topic.ToString(CultureInfo.InvariantCulture), null, null, start, length, negated));
                        return;
                    }

                    Problem(start, length, $"'{value}' is not a topic number; write topic:3", "was read as text");
                    break;
                default:
                    AddFilter(new QueryFilter(field, value, null, null, start, length, negated));
                    return;
            }

            AddClause(new QueryClause(false, value, start, length, negated));
        }

        private void AddFilter(QueryFilter filter)
        {
            _filters.Add(filter);
            _lastWasFilter = true;
        }

        private void AddClause(QueryClause clause)
        {
            _lastWasFilter = false;
            if (_pendingOr >= 0 && !clause.Negated && !_orAfterFilter)
            {
                _groups[^1].Add(clause);
                _pendingOr = -1;
                return;
            }

            if (_pendingOr >= 0)
            {
                LoneOr(_pendingOr);
            }

            _groups.Add([clause]);
        }

        private void LoneOr(int position)
        {
            _pendingOr = -1;
            Problem(position, 2, "OR must stand between two words or phrases", "was ignored");
        }

        /// <summary>Throws in strict mode; otherwise records a warning.</summary>
        private void Problem(int position, int length, string problem, string outcome)
        {
            if (strict)
            {
                throw new QueryException(query, position, length, problem + ".");
            }

            if (_warnings.Count < MaxWarnings)
            {
                _warnings.Add($"{problem}; at position {position} it {outcome}.");
            }
            else
            {
                // 100,000 characters of "( ( (" would otherwise list 50,000 warnings.
                _unlisted++;
            }
        }
    }
}
