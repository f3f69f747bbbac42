namespace GovSearch.Documents.Formats;

/// <summary>One file handed to an <see cref="IDocumentReader"/>.</summary>
/// <param name="Path">The file's path, for messages.</param>
/// <param name="Stream">The file, seekable, at its start.</param>
/// <param name="Bytes">All of its bytes when the reader asked for them (<see cref="IDocumentReader.ReadsBytes"/>); else empty.</param>
internal sealed record FileInput(string Path, Stream Stream, ReadOnlyMemory<byte> Bytes);
