using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovSearch.Storage;

/// <summary>What opening a folder gives an index: its directory, its write lock (writers only), and, for an existing
/// index, the manifest of its latest commit and the verifier that checked its files.</summary>
internal sealed record OpenedStorage(LuceneDirectory Directory, WriteLock? Lock, IndexManifest? Manifest, SegmentFileVerifier? Verifier = null);
