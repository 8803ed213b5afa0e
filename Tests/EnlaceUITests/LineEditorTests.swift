import Testing
@testable import EnlaceUI

@Suite("the line editor of the filter and the forms")
struct LineEditorTests {
    @Test("typing inserts at the cursor; left, right, home and end move it")
    func cursorMoves() {
        var editor = LineEditor("acd")
        editor.moveLeft()
        editor.moveLeft()
        editor.insert("b")
        #expect(editor.text == "abcd")
        #expect(editor.cursor == 2)
        editor.moveToStart()
        editor.insert(">")
        editor.moveToEnd()
        editor.insert("<")
        #expect(editor.text == ">abcd<")
        editor.moveRight()
        #expect(editor.cursor == 6)
    }

    @Test("Backspace and Delete remove before and under the cursor, and stop at the ends")
    func deletes() {
        var editor = LineEditor("abc")
        editor.moveToStart()
        editor.deleteBackward()
        editor.deleteForward()
        #expect(editor.text == "bc")
        editor.moveToEnd()
        editor.deleteForward()
        editor.deleteBackward()
        #expect(editor.text == "b")
    }

    @Test("Ctrl-W deletes the word before the cursor, Ctrl-U the line before it")
    func words() {
        var editor = LineEditor("call the FGR  ")
        editor.deleteWordBackward()
        #expect(editor.text == "call the ")
        editor.insert("SEMAR")
        editor.moveLeft()
        editor.deleteToStart()
        #expect(editor.text == "R")
        #expect(editor.cursor == 0)
    }

    @Test("a paste arrives whole, its line breaks as spaces; accents and CJK move as one")
    func pasteAndGraphemes() {
        var editor = LineEditor("Fiscalía")
        editor.moveLeft()
        editor.deleteBackward()
        #expect(editor.text == "Fiscala")
        editor.moveToEnd()
        editor.insert(" 北京\nline")
        #expect(editor.text == "Fiscala 北京 line")
        editor.moveLeft()
        editor.moveLeft()
        editor.moveLeft()
        editor.moveLeft()
        editor.moveLeft()
        editor.deleteBackward()
        #expect(editor.text == "Fiscala 北 line")
    }
}
