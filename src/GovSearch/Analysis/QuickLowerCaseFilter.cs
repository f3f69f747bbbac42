using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GovSearch.Analysis;

/// <summary>
/// Lower-cases each token exactly as Lucene's <c>LowerCaseFilter</c> does, but answers ASCII letters and Han
/// characters (which have no case) itself and hands a token to Lucene's culture-aware <see cref="CharacterUtils"/> only
/// from its first other character on. A Chinese or plain English query so never loads the culture data that
/// <c>LowerCaseFilter</c> loads on its first token, which is a noticeable part of a fresh process's first search.
/// </summary>
internal sealed class QuickLowerCaseFilter : TokenFilter
{
    private readonly CharacterUtils _characters;
    private readonly ICharTermAttribute _term;

    public QuickLowerCaseFilter(LuceneVersion version, TokenStream input)
        : base(input)
    {
        _characters = CharacterUtils.GetInstance(version);
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (char.IsAsciiLetterUpper(c))
            {
                buffer[i] = (char)(c | 0x20);
            }
            else if (c >= 0x80 && !CharClass.IsHan(c))
            {
                _characters.ToLower(buffer, i, length - i);
                break;
            }
        }

        return true;
    }
}
