namespace CivBot.Core.Tests.Receipts;

using CivBot.Core.Languages;
using CivBot.Core.Receipts.Checkpoints;

public class CheckpointTests
{
    private const string Head = "ab12000000000000000000000000000000000000000000000000000000000001";

    // The tlog-checkpoint spec's example note text parses (its signature key is not published, so only the text).
    [Fact]
    public void The_spec_example_checkpoint_text_parses()
    {
        var checkpoint = Checkpoint.Parse(
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
        );
        Assert.NotNull(checkpoint);
        Assert.Equal("example.com/behind-the-sofa", checkpoint.Origin);
        Assert.Equal(20852163, checkpoint.TreeSize);
        Assert.Equal(
            Convert.ToHexStringLower(
                Convert.FromBase64String("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=")
            ),
            checkpoint.HeadHash
        );
    }

    [Fact]
    public void A_checkpoint_is_origin_size_and_base64_head_each_on_its_own_line()
    {
        var checkpoint = new Checkpoint(
            Checkpoint.OriginOf("civbot.test", "playground:local"),
            12,
            Head
        );
        Assert.Equal(
            "civbot.test/playground:local\n12\n"
                + Convert.ToBase64String(Convert.FromHexString(Head))
                + "\n",
            checkpoint.Text
        );
        Assert.Equal(checkpoint, Checkpoint.Parse(checkpoint.Text));
        Assert.Equal("playground:local", checkpoint.GroupOn("civbot.test"));
        Assert.Null(checkpoint.GroupOn("other.test"));
    }

    [Theory]
    [InlineData("origin\n012\nAAAA\n")]
    [InlineData("origin\n12\nnot base64!\n")]
    [InlineData("origin\n12\n")]
    [InlineData("origin\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n")]
    public void Malformed_checkpoint_texts_are_refused(string text) =>
        Assert.Null(Checkpoint.Parse(text));

    [Fact]
    public void A_signed_checkpoint_reads_back_even_when_a_chat_folded_its_lines()
    {
        using var signer = new CheckpointSigner("civbot.test", CheckpointSigner.NewPrivateKey());
        var checkpoint = new Checkpoint("civbot.test/g1", 3, Head);
        var note = signer.Sign(checkpoint).Format();

        Assert.Equal(checkpoint, CheckpointCheck.Read(note, signer.PublicKey, out var problem));
        Assert.Null(problem);
        var folded = note.Replace("\n", " ");
        Assert.Equal(checkpoint, CheckpointCheck.Read(folded, signer.PublicKey, out problem));
    }

    [Fact]
    public void A_checkpoint_with_an_edited_size_is_named_as_a_bad_signature()
    {
        using var signer = new CheckpointSigner("civbot.test", CheckpointSigner.NewPrivateKey());
        var note = signer
            .Sign(new Checkpoint("civbot.test/g1", 3, Head))
            .Format()
            .Replace("\n3\n", "\n2\n");
        Assert.Null(CheckpointCheck.Read(note, signer.PublicKey, out var problem));
        Assert.Contains("BAD SIGNATURE", problem!(Words.English));
    }

    [Fact]
    public void A_checkpoint_signed_by_another_deployment_is_named_as_such()
    {
        using var signer = new CheckpointSigner("civbot.test", CheckpointSigner.NewPrivateKey());
        using var other = new CheckpointSigner("civbot.test", CheckpointSigner.NewPrivateKey());
        var note = other.Sign(new Checkpoint("civbot.test/g1", 3, Head)).Format();
        Assert.Null(CheckpointCheck.Read(note, signer.PublicKey, out var problem));
        Assert.Contains("not signed by this deployment's key", problem!(Words.English));
        Assert.StartsWith(
            "Ese punto de control no está firmado con la clave de este servicio",
            problem(Words.Spanish),
            StringComparison.Ordinal
        );
    }
}
