import json, sys
T = {
 "de": ["Umbenennen nach der Vorlage", "Verschieben in den Papierkorb", "Export der Behaltenen", "Import eines Ordners", "Suchen"],
 "fr": ["renommage selon le modèle", "mise à la corbeille", "export des retenues", "import d'un dossier", "localisation"],
 "es": ["cambio de nombre según la plantilla", "traslado a la papelera", "exportación de elegidos", "importación de una carpeta", "localización"],
 "pt_BR": ["renomeação pelo modelo", "envio para a lixeira", "exportação de escolhidos", "importação de uma pasta", "localização"],
 "zh_CN": ["按模板重命名", "移到回收站", "导出留用视频", "导入文件夹", "定位"],
 "ja": ["テンプレートに合わせた名前の変更", "ゴミ箱への移動", "採用動画のエクスポート", "フォルダーのインポート", "場所の指定"],
 "ko": ["템플릿에 맞게 이름 바꾸기", "휴지통으로 옮기기", "채택 항목 내보내기", "폴더 가져오기", "위치 지정"],
}
KEYS = [("job_rename", "rename to the template"), ("job_trash", "move to the trash"),
        ("job_export", "export of picks"), ("job_import", "import of a folder"), ("job_locate", "locate")]
for locale, words in T.items():
    path = f"scripts/translation_tables/{locale}.json"
    rows = json.load(open(path, encoding="utf-8"))
    last = max(i for i, r in enumerate(rows) if r["context"] == "phrases")
    new = [{"context": "phrases", "source": s, "comment": k, "translation": w}
           for (k, s), w in zip(KEYS, words)]
    rows[last + 1:last + 1] = new
    open(path, "w", encoding="utf-8").write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
