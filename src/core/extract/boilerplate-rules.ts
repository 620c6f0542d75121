// Data for the clean-up rules: what Vietnamese news pages put in or around
// an article that is not the article. Kept as data so a new kind of box is a
// new entry, not a new rule. Texts are written folded (no diacritics, lower
// case), as `foldForMatch` returns them.

/** Elements dropped with their content before anything else looks at the page. */
export const JUNK_TAGS = 'script,style,noscript,template,iframe,frame,object,embed,form,button,input,select,textarea,link,meta,canvas,dialog,video,audio,svg,math';

/**
 * Headings of boxes that list other articles, comments or tags: "Tin liên
 * quan", "Tin cùng chuyên mục", "Đọc thêm", "Xem thêm", "Tin mới", "Đọc
 * nhiều"… A box introduced by one of these goes with its links. One pattern
 * for the whole label (folded), so a new wording is one more alternative.
 */
export const BOX_LABEL =
  /^(((tin|bai)( viet| tuc| bai)? )?(lien quan|cung (chuyen muc|loai))|(cac )?(tin|bai)( viet| bai)? khac|(tin )?(doc|xem) (them|nhieu( nhat)?)|tin moi( nhat| cap nhat| dang)?|moi (nhat|cap nhat)|(dang )?duoc quan tam|quan tam nhieu|(tin )?(noi bat|tieu diem)|tin (hot|nong)|(co the )?ban (co the )?(quan tam|muon doc|chua doc|nen biet)|goi y cho ban|tin (anh|tuc|da dua|cu hon)|video|multimedia|emagazine|infographics|podcast|(dong )?su kien|chu de|tags?|tu khoa|binh luan|(gui )?y kien( ban doc)?|chia se|(tin|bai) (truoc|sau)|related( news)?|read more|most read|comments)$/;

/**
 * Parts of class or id names (separators removed) that mark page furniture:
 * related lists, share bars, comments, ads, menus. Matched as substrings.
 */
export const BOILERPLATE_HINTS =
  /relate|lienquan|cung(chuyen)?muc|samecat|(tin|bai|viet)khac|quantam|tieudiem|moinhat|(other|more|extra|latest|hot)news|readmore|(xem|doc)(them|nhieu)|most(read|view)|tinmoi|noibat|recommend|suggest|shar(e|ing)|social|chiase|comment|binhluan|breadcrumb|banner|advert|quangcao|sponsor|popup|modal|newsletter|subscribe|sidebar|widget|print|login|signup|register|footer|header|menu|navbar|toolbar|rating|reaction|cookie|fblike|zalo|keyword|tags|tukhoa/;

/** Whole parts of class or id names (split at - and _) that mark page furniture. */
export const BOILERPLATE_PARTS = new Set('ads ad adv qc tag tags nav fb like latest popular other'.split(' '));

/** Short lines that are share bars or page chrome left inside the body. */
export const CHROME_LINE =
  /^(chia se|share|in bai|gui email|copy link|sao chep|luu bai|luu tin|theo doi .{1,30} tren|tai ung dung|tai app|quay lai|tro lai|len dau trang|xem tiep|bao loi|gop y)\b|^((facebook|twitter|zalo|youtube|tiktok|instagram|linkedin|telegram|messenger|email)[\s|,·]*){2,}$/;

/** A photo, video or graphics credit line standing alone ("Ảnh: …", "Ảnh minh họa"). */
export const CREDIT_LINE = /^(anh|anh minh hoa|video|clip|do hoa|thiet ke|infographic|photo|nguon anh)\s*[:：]|^anh minh hoa\b/;

/** A short line ending in a photo credit is a caption even when its picture is gone. */
export const CAPTION_TAIL = /(^|[\s.(–-])(anh( tu lieu)?|nguon anh|photo|do hoa)\s*[:：]\s*[^:]{1,40}\)?\.?$/;

/** A photo credit inside a caption: "… Ảnh: T.Bình", "(Ảnh: Sputnik)", "- Ảnh: V.D", "Ảnh tư liệu: AFP". */
export const CAPTION_CREDIT = /(^|[\s.(–-])(anh( tu lieu)?|nguon anh|photo|video|do hoa)\s*[:：]\s*\S|(^|[\s.(–-])anh minh hoa/;
