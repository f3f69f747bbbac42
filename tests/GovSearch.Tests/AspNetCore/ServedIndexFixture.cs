using GovSearch.Tests.Support;

namespace GovSearch.Tests.AspNetCore;

/// <summary>
/// An index on disk (the bilingual sample, twelve Chinese regulations dated 2010 to 2021, and one
/// document whose title and text carry script and markup) with a small topic model, served on loopback by
/// <see cref="LoopbackServer"/> with the default endpoint options.
/// </summary>
public sealed class ServedIndexFixture : IAsyncLifetime
{
    /// <summary>The id of the document whose title and text hold &lt;script&gt; and an onerror attribute.</summary>
    public const string HostileId = "xss-doc";

    /// <summary>The hostile document's script would set this window property if it ever ran.</summary>
    public const string HostileMarker = "__govsearchXss";

    private readonly TempFolder _folder = new();

    public GovSearchIndex Index { get; private set; } = null!;

    public LoopbackServer Server { get; private set; } = null!;

    public string IndexPath => _folder.Path;

    public static IReadOnlyList<GovDocument> Documents { get; } =
    [
        .. Docs.Sample,
        .. Enumerable.Range(0, 12).Select(Regulation),
        Docs.Make(HostileId, $"<script>window.{HostileMarker}=1</script>数据安全 <img src=x onerror=\"window.{HostileMarker}=2\">",
            $"第一条 数据安全 <script>window.{HostileMarker}=3</script> 与 <b onmouseover=\"window.{HostileMarker}=4\">标记</b>。\n第二条 数据安全 </mark><script>window.{HostileMarker}=5</script>",
            "2020-06-01", "regulation", "<i>source</i>"),
    ];

    /// <summary>Twelve regulations dated 2010 to 2021 on three themes (six on data security, three on the environment,
    /// three on schools), so that topics form and a Chinese query has hits and facets over several years.</summary>
    private static GovDocument Regulation(int i)
    {
        var (title, text) = (i % 4) switch
        {
            0 or 1 => ("数据安全管理办法", "第一条 为了加强数据安全管理，保障网络数据安全和个人信息，规范数据处理活动，制定本办法。\n第二条 数据处理者应当建立数据安全管理制度，保护个人信息。"),
            2 => ("生态环境保护条例", "第一条 为了保护生态环境，防治污染，制定本条例。\n第二条 各级政府应当加强生态环境保护，防治大气污染和水污染。"),
            _ => ("学校教育管理规定", "第一条 为了发展教育事业，保障学生和教师的权益，制定本规定。\n第二条 学校应当依法办学，尊重学生，支持教师。"),
        };
        return Docs.Make($"zh-reg-{i:00}", $"{title}（第{i + 1}号）", text, $"{2010 + i}-0{1 + (i % 9)}-15", "regulation", "国务院");
    }

    public async Task InitializeAsync()
    {
        Index = GovSearchIndex.Create(_folder.Path);
        await Index.AddRangeAsync(Documents);
        await Index.CommitAsync();
        await Index.TrainTopicsAsync(new TopicModelOptions { NumberOfTopics = 4, Iterations = 30 });
        Server = await LoopbackServer.StartAsync(Index);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Index.Dispose();
        _folder.Dispose();
    }
}
