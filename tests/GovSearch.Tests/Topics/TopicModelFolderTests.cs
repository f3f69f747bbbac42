using System.Text.Json.Nodes;
using GovSearch.Tests.Support;
using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

[Collection(TopicModelCollection.Name)]
public sealed class TopicModelFolderTests(TopicModelFixture fixture)
{
    private TopicModel Model => fixture.Model;

    [Fact]
    public void SaveThenLoad_GivesTheSameTopicsVectorsAndInference()
    {
        using var folder = new TempFolder();
        Model.Save(folder.Path);

        using var loaded = TopicModel.Load(folder.Path);

        Assert.Equal(Model.Options, loaded.Options);
        Assert.Equal(Model.CorpusFingerprint, loaded.CorpusFingerprint);
        Assert.Equal(Model.Vocabulary.Terms, loaded.Vocabulary.Terms);
        Assert.Equal(Model.UnitIds, loaded.UnitIds);
        Assert.Equal(Model.UnitTokenCounts, loaded.UnitTokenCounts);
        for (var k = 0; k < Model.Topics.Count; k++)
        {
            Assert.Equal(Model.Topics[k].Label, loaded.Topics[k].Label);
            Assert.Equal(Model.Topics[k].Weight, loaded.Topics[k].Weight);
            Assert.Equal(Model.Topics[k].TopWords, loaded.Topics[k].TopWords);
        }

        for (var u = 0; u < Model.UnitVectors.Count; u++)
        {
            Assert.Equal(Model.UnitVectors[u], loaded.UnitVectors[u]);
        }

        var tokens = TopicTestData.Tokenizer.Tokenize(TopicTestData.Dev[^1]);
        Assert.Equal(Model.Infer(tokens), loaded.Infer(tokens));
    }

    [Fact]
    public void Save_WritesTheDocumentedFiles_AndReplacesAModelAlreadyThere()
    {
        using var folder = new TempFolder();
        Model.Save(folder.Path);
        Model.Save(folder.Path);

        Assert.Equal(
            ["manifest.json", "model.zip", "topics.json", "units.json", "vocabulary.json"],
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var manifest = JsonNode.Parse(File.ReadAllText(folder.File("manifest.json")))!;
        Assert.Equal(1, (int)manifest["schemaVersion"]!);
        Assert.Equal(Model.CorpusFingerprint, (string)manifest["corpusFingerprint"]!);
        Assert.Equal(Model.Options.NumberOfTopics, (int)manifest["options"]!["numberOfTopics"]!);
        using var loaded = TopicModel.Load(folder.Path);
        Assert.Equal(Model.Topics.Count, loaded.Topics.Count);
    }

    [Fact]
    public void Load_MissingFolder_IsRefused()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<TopicModelFormatException>(() => TopicModel.Load(folder.File("none")));

        Assert.Contains("the folder does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal(folder.File("none"), error.Path);
    }

    [Theory]
    [InlineData("manifest.json", "manifest.json is missing")]
    [InlineData("model.zip", "model.zip is missing")]
    [InlineData("vocabulary.json", "vocabulary.json is missing")]
    [InlineData("units.json", "units.json is missing")]
    public void Load_MissingFile_IsRefused(string file, string expected)
    {
        using var folder = SavedModel();
        File.Delete(folder.File(file));

        var error = Assert.Throws<TopicModelFormatException>(() => TopicModel.Load(folder.Path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("Train the model again", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "Use a newer GovSearch")]
    [InlineData(0, "Train the model again with this version")]
    public void Load_OtherSchemaVersion_IsRefused(int version, string advice)
    {
        using var folder = SavedModel();
        EditManifest(folder, manifest => manifest["schemaVersion"] = version);

        var error = Assert.Throws<TopicModelFormatException>(() => TopicModel.Load(folder.Path));

        Assert.Contains($"topics schema version {version}; this GovSearch reads version 1", error.Message, StringComparison.Ordinal);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vocabulary.json")]
    [InlineData("topics.json")]
    [InlineData("model.zip")]
    public void Load_ChangedFile_IsRefusedAsDamaged(string file)
    {
        using var folder = SavedModel();
        var bytes = File.ReadAllBytes(folder.File(file));
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(folder.File(file), bytes);

        var error = Assert.Throws<TopicModelFormatException>(() => TopicModel.Load(folder.Path));

        Assert.Contains("is damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{file} has changed since the model was saved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GarbledManifest_IsRefusedAsDamaged()
    {
        using var folder = SavedModel();
        File.WriteAllText(folder.File("manifest.json"), "{ not json");

        var error = Assert.Throws<TopicModelFormatException>(() => TopicModel.Load(folder.Path));

        Assert.Contains("manifest.json is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ForeignManifest_IsRefused()
    {
        using var folder = SavedModel();
        File.WriteAllText(folder.File("manifest.json"), "{\"name\": \"something else\"}");

        var error = Assert.Throws<TopicModelFormatException>(() => TopicModel.Load(folder.Path));

        Assert.Contains("is not a GovSearch topic model manifest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnreadableModelWithMatchingHash_IsRefusedAsDamaged()
    {
        using var folder = SavedModel();
        File.WriteAllText(folder.File("model.zip"), "not a zip archive");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(folder.File("model.zip"))));
        EditManifest(folder, manifest => manifest["files"]!["model.zip"] = hash);

        var error = Assert.Throws<TopicModelFormatException>(() => TopicModel.Load(folder.Path));

        Assert.Contains("model.zip cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InconsistentManifest_IsRefusedAsDamaged()
    {
        using var folder = SavedModel();
        EditManifest(folder, manifest => manifest["vocabularySize"] = 3);

        var error = Assert.Throws<TopicModelFormatException>(() => TopicModel.Load(folder.Path));

        Assert.Contains("is damaged: vocabulary.json has", error.Message, StringComparison.Ordinal);
    }

    private TempFolder SavedModel()
    {
        var folder = new TempFolder();
        Model.Save(folder.Path);
        return folder;
    }

    private static void EditManifest(TempFolder folder, Action<JsonNode> edit)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(folder.File("manifest.json")))!;
        edit(manifest);
        File.WriteAllText(folder.File("manifest.json"), manifest.ToJsonString());
    }
}
