
namespace GovSearch.AspNetCore.Endpoints;

/// <summary>The topic model's status and topics: the JSON of <c>govsearch topics --json</c>.</summary>
/// <param name="Status">What the model was trained on and how stale it is.</param>
/// <param name="Topics">Each topic's label, weight and top words.</param>
internal sealed record TopicsView(TopicModelStatus Status, IReadOnlyList<TopicDescription> Topics);
